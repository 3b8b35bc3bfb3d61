using System.Diagnostics;

namespace FactExtract.Cli.Output;

/// <summary>
/// Writes a batch's output files atomically and resumably. Data goes to <c>FILE.part</c> files, flushed and
/// committed to a journal (<see cref="OutputJournal"/>) every few hundred documents or half a second; at the end
/// the parts are renamed over the final files and the journal is deleted. A killed run leaves the parts and the
/// journal behind; <c>resume</c> cuts the parts back to the last commit and reports the ids already done, so the
/// restarted run writes every document exactly once. Resuming after a completed run appends to its files.
/// </summary>
internal sealed class ResumableOutput : IDisposable
{
    private const int CommitEveryDocuments = 256;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromMilliseconds(500);

    private readonly string[] _finalPaths;
    private readonly string _journalPath;
    private readonly OutputJournal _journal;
    private readonly FileStream[] _streams;
    private readonly List<string> _pending = new();
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private Action? _flush;
    private bool _completed;

    private ResumableOutput(string[] finalPaths, string journalPath, OutputJournal journal, FileStream[] streams)
    {
        _finalPaths = finalPaths;
        _journalPath = journalPath;
        _journal = journal;
        _streams = streams;
    }

    /// <summary>The part files, positioned at their ends, in the order of the final paths.</summary>
    public IReadOnlyList<Stream> Streams => _streams;

    /// <summary>Ids already in the output (from an interrupted or a completed earlier run); empty without resume.</summary>
    public IReadOnlySet<string> DoneIds => _journal.DoneIds;

    /// <summary>Whether part file <paramref name="index"/> starts empty (so a CSV header must be written).</summary>
    public bool IsEmpty(int index) => _streams[index].Length == 0;

    /// <summary>
    /// Opens the part files of <paramref name="finalPaths"/> and the journal. With <paramref name="resume"/>, continues
    /// an interrupted run from its journal, or a completed one from its final files (whose ids
    /// <paramref name="idsInFinishedFile"/> reads); otherwise starts empty.
    /// </summary>
    public static ResumableOutput Open(IReadOnlyList<string> finalPaths, string journalPath, bool resume, Func<int, string, IEnumerable<string>> idsInFinishedFile)
    {
        var finals = finalPaths.ToArray();
        var parts = finals.Select(f => f + ".part").ToArray();
        bool continueInterrupted = resume && File.Exists(journalPath);
        bool continueFinished = resume && !continueInterrupted && finals.All(File.Exists);
        if (continueFinished)
            for (int i = 0; i < finals.Length; i++) File.Copy(finals[i], parts[i], overwrite: true);

        var journal = OutputJournal.Open(journalPath, continueInterrupted);
        var streams = new FileStream[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            streams[i] = new FileStream(parts[i], continueInterrupted || continueFinished ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 64 * 1024);

        if (continueInterrupted)
        {
            var ends = journal.Ends ?? new long[parts.Length];
            // A journal of another table layout (an older version wrote three CSV tables) cannot be continued.
            if (ends.Length != parts.Length)
                throw new InvalidDataException($"{journalPath} records {ends.Length} output files, this version writes {parts.Length}; run again without --resume");
            for (int i = 0; i < streams.Length; i++)
            {
                if (streams[i].Length < ends[i])
                    throw new InvalidDataException($"{parts[i]} is shorter than its journal says ({streams[i].Length} < {ends[i]} bytes); run again without --resume");
                streams[i].SetLength(ends[i]);
            }
        }
        else if (continueFinished)
        {
            var ids = finals.SelectMany((f, i) => idsInFinishedFile(i, f)).Distinct(StringComparer.Ordinal).ToArray();
            journal.Commit(ids, streams.Select(s => s.Length).ToArray());
        }

        foreach (var s in streams) s.Seek(0, SeekOrigin.End);
        return new ResumableOutput(finals, journalPath, journal, streams);
    }

    /// <summary>Sets what flushes the format writers' buffers into <see cref="Streams"/> before a commit.</summary>
    public void OnFlush(Action flush) => _flush = flush;

    /// <summary>Records that a document's data has been written; commits every few hundred documents or half a second.</summary>
    public void Written(string id)
    {
        _pending.Add(id);
        if (_pending.Count >= CommitEveryDocuments || _sinceCommit.Elapsed >= CommitEvery) Commit();
    }

    /// <summary>Commits what is pending, closes the parts and renames them over the final files.</summary>
    public void Complete()
    {
        Commit();
        foreach (var s in _streams) s.Dispose();
        _journal.Dispose();
        for (int i = 0; i < _finalPaths.Length; i++) File.Move(_finalPaths[i] + ".part", _finalPaths[i], overwrite: true);
        File.Delete(_journalPath);
        _completed = true;
    }

    /// <summary>Without <see cref="Complete"/> (an error or a cancellation), commits what was written and leaves the parts for --resume.</summary>
    public void Dispose()
    {
        if (_completed) return;
        try
        {
            Commit();
        }
        finally
        {
            foreach (var s in _streams) s.Dispose();
            _journal.Dispose();
        }
    }

    private void Commit()
    {
        if (_pending.Count == 0 && _journal.Ends is not null) return;
        _flush?.Invoke();
        foreach (var s in _streams) s.Flush();
        _journal.Commit(_pending, _streams.Select(s => s.Length).ToArray());
        _pending.Clear();
        _sinceCommit.Restart();
    }
}
