using CsvHelper;

namespace FactExtract.Output;

/// <summary>
/// Writes results as three flat tables (<c>entities.csv</c>, <c>dates.csv</c>, <c>quotes.csv</c>) in a folder,
/// one row per item with a leading <c>doc_id</c>. Text cells that begin with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c> are prefixed with <c>'</c> so that spreadsheets do not run them as formulas.
/// </summary>
public sealed class CsvResultWriter : IDisposable
{
    private readonly CsvWriter _entities;
    private readonly CsvWriter _dates;
    private readonly CsvWriter _quotes;

    /// <summary>Creates (or overwrites) the three files in <paramref name="directory"/> and writes their headers.</summary>
    /// <param name="directory">The output folder; created when missing.</param>
    public CsvResultWriter(string directory)
    {
        Directory.CreateDirectory(directory);
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\n" };
        _entities = CsvWriter.ToFile(Path.Combine(directory, "entities.csv"), options);
        _dates = CsvWriter.ToFile(Path.Combine(directory, "dates.csv"), options);
        _quotes = CsvWriter.ToFile(Path.Combine(directory, "quotes.csv"), options);
        _entities.WriteHeader<EntityRow>();
        _dates.WriteHeader<DateRow>();
        _quotes.WriteHeader<QuoteRow>();
    }

    /// <summary>Appends the rows of one document to the three tables.</summary>
    /// <param name="result">The document's result.</param>
    public void Write(ExtractionResult result)
    {
        foreach (var e in result.Entities)
            _entities.WriteRecord(new EntityRow(result.Id, e.Text, e.Label, e.Start, e.End, e.Canonical));
        foreach (var d in result.Dates)
            _dates.WriteRecord(new DateRow(result.Id, d.Text, d.Start, d.End, d.Type, d.Value, d.Anchor));
        foreach (var q in result.Quotes)
            _quotes.WriteRecord(new QuoteRow(result.Id, q.Text, q.Start, q.End, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue));
    }

    /// <summary>Flushes and closes the three files.</summary>
    public void Dispose()
    {
        _entities.Dispose();
        _dates.Dispose();
        _quotes.Dispose();
    }
}
