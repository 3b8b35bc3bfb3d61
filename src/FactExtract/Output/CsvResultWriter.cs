using CsvHelper;

namespace FactExtract.Output;

/// <summary>
/// Writes results as four flat tables (<c>entities.csv</c>, <c>dates.csv</c>, <c>quotes.csv</c>,
/// <c>attributions.csv</c>) in a folder,
/// one row per item with a leading <c>doc_id</c>. Text cells that begin with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c> are prefixed with <c>'</c> so that spreadsheets do not run them as formulas.
/// </summary>
public sealed class CsvResultWriter : IDisposable
{
    private readonly CsvWriter _entities;
    private readonly CsvWriter _dates;
    private readonly CsvWriter _quotes;
    private readonly CsvWriter _attributions;
    private bool _disposed;

    /// <summary>Creates (or overwrites) the four files in <paramref name="directory"/> and writes their headers.</summary>
    /// <param name="directory">The output folder; created when missing.</param>
    public CsvResultWriter(string directory)
    {
        Directory.CreateDirectory(directory);
        _entities = CsvWriter.ToFile(Path.Combine(directory, FileNames[0]), Options);
        _dates = CsvWriter.ToFile(Path.Combine(directory, FileNames[1]), Options);
        _quotes = CsvWriter.ToFile(Path.Combine(directory, FileNames[2]), Options);
        _attributions = CsvWriter.ToFile(Path.Combine(directory, FileNames[3]), Options);
        _entities.WriteHeader<EntityRow>();
        _dates.WriteHeader<DateRow>();
        _quotes.WriteHeader<QuoteRow>();
        _attributions.WriteHeader<AttributionRow>();
    }

    /// <summary>
    /// Writes the four tables to streams the caller owns (the part files of a resumable run), appending to what
    /// they hold; a header is written only to a table that <paramref name="isEmpty"/> says is empty.
    /// </summary>
    /// <param name="streams">The four tables' destinations, in the order of <see cref="FileNames"/>; left open.</param>
    /// <param name="isEmpty">Whether the table at an index is empty, so it gets a header.</param>
    public CsvResultWriter(IReadOnlyList<Stream> streams, Func<int, bool> isEmpty)
    {
        _entities = CsvWriter.Create(streams[0], Options, leaveOpen: true);
        _dates = CsvWriter.Create(streams[1], Options, leaveOpen: true);
        _quotes = CsvWriter.Create(streams[2], Options, leaveOpen: true);
        _attributions = CsvWriter.Create(streams[3], Options, leaveOpen: true);
        if (isEmpty(0)) _entities.WriteHeader<EntityRow>();
        if (isEmpty(1)) _dates.WriteHeader<DateRow>();
        if (isEmpty(2)) _quotes.WriteHeader<QuoteRow>();
        if (isEmpty(3)) _attributions.WriteHeader<AttributionRow>();
    }

    /// <summary>The four tables' file names, in the order of the streams.</summary>
    public static IReadOnlyList<string> FileNames { get; } = new[] { "entities.csv", "dates.csv", "quotes.csv", "attributions.csv" };

    private static CsvWriterOptions Options => CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\n" };

    /// <summary>Writes buffered rows to the destinations, so their lengths can be committed.</summary>
    public void Flush()
    {
        if (_disposed) return;
        _entities.Flush();
        _dates.Flush();
        _quotes.Flush();
        _attributions.Flush();
    }

    /// <summary>Appends the rows of one document to the four tables.</summary>
    /// <param name="result">The document's result.</param>
    public void Write(ExtractionResult result)
    {
        foreach (var e in result.Entities)
            _entities.WriteRecord(new EntityRow(result.Id, e.Text, e.Label, e.Start, e.End, e.Canonical));
        foreach (var d in result.Dates)
            _dates.WriteRecord(new DateRow(result.Id, d.Text, d.Start, d.End, d.Type, d.Value, d.Anchor));
        foreach (var q in result.Quotes)
            _quotes.WriteRecord(new QuoteRow(result.Id, q.Text, q.Start, q.End, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue));
        foreach (var a in result.Attributions)
        {
            _attributions.WriteRecord(new AttributionRow(
                result.Id, a.KindName, a.Start, a.End, a.Text,
                a.Cue?.Text, a.Cue?.Start, a.Cue?.End,
                a.Source?.Text, a.Source?.Start, a.Source?.End,
                a.Speaker,
                string.Join(';', a.Parts.Select(x => $"{x.Start}-{x.End}"))));
        }
    }

    /// <summary>Flushes and closes the four files.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _entities.Dispose();
        _dates.Dispose();
        _quotes.Dispose();
        _attributions.Dispose();
    }
}
