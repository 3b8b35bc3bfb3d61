using CsvHelper;

namespace FactExtract.Input;

/// <summary>
/// Reads CSV (with a header row) record by record with CsvHelper: one document per record, from the id,
/// text and date columns named in <see cref="InputOptions"/>. Malformed records (bad quoting, wrong number
/// of fields, invalid UTF-8, too large) are error items; the records around them still count.
/// </summary>
internal static class CsvDocuments
{
    public static IEnumerable<InputItem> Read(Stream stream, string name, string source, InputOptions options)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var csvOptions = CsvReaderOptions.Default with
        {
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            MaxRecordSize = options.MaxDocumentBytes,
            TrackLineNumbers = true,
        };
        using var reader = CsvReader.Create(stream, csvOptions, leaveOpen: false);

        if (!TryReadHeader(reader, options, out var columns, out var headerError))
        {
            yield return new InputItem(name, null, $"{source}: {headerError}");
            yield break;
        }

        while (true)
        {
            bool more = TryRead(reader, out var readError);
            while (malformed.TryDequeue(out var bad))
                yield return new InputItem($"{name}:{bad.LineNumber}", null, $"{source}:{bad.LineNumber}: malformed CSV record ({bad.Reason})");
            if (readError is not null)
            {
                yield return new InputItem($"{name}:after-{reader.LineNumber}", null, $"{source}: {readError}; the rest of the file is skipped");
                yield break;
            }

            if (!more) yield break;
            yield return ToItem(reader, columns, name, source, options);
        }
    }

    private readonly record struct Columns(int Id, int Text, int Date);

    private static bool TryReadHeader(CsvReader reader, InputOptions options, out Columns columns, out string? error)
    {
        columns = default;
        try
        {
            var headers = reader.Headers.ToList();
            int text = headers.IndexOf(options.TextField);
            if (text < 0)
            {
                error = $"no column \"{options.TextField}\" in the CSV header";
                return false;
            }

            columns = new Columns(headers.IndexOf(options.IdField), text, headers.IndexOf(options.DateField));
            error = null;
            return true;
        }
        catch (CsvFormatException ex)
        {
            error = $"unreadable CSV header: {ex.Message}";
            return false;
        }
    }

    private static bool TryRead(CsvReader reader, out string? error)
    {
        try
        {
            error = null;
            return reader.Read();
        }
        catch (CsvFormatException ex)
        {
            error = $"malformed CSV: {ex.Message}";
            return false;
        }
    }

    private static InputItem ToItem(CsvReader reader, Columns columns, string name, string source, InputOptions options)
    {
        string where = $"{source}:{reader.LineNumber}";
        string id = columns.Id >= 0 && !reader.IsEmpty(columns.Id)
            ? TextDecoding.Decode(reader.GetSpan(columns.Id), out _) ?? $"{name}:{reader.LineNumber}"
            : $"{name}:{reader.LineNumber}";
        var text = TextDecoding.Decode(reader.GetSpan(columns.Text), out var error);
        if (text is null) return new InputItem(id, null, $"{where}: {error}");
        if (TextDecoding.CheckNotBlank(text) is { } blank) return new InputItem(id, null, $"{where}: {blank}");
        string? rawDate = columns.Date >= 0 ? TextDecoding.Decode(reader.GetSpan(columns.Date), out _) : null;
        DateOnly? date = DateField.Parse(rawDate);
        if (date is null && !string.IsNullOrWhiteSpace(rawDate))
            options.Warning?.Invoke($"{id}: {where}: column \"{options.DateField}\" is not a date (\"{(rawDate.Length <= 40 ? rawDate : rawDate[..40] + "...")}\"); relative dates are resolved without it");
        return new InputItem(id, new Document(id, text) { Source = where, ReferenceDate = date }, null);
    }
}
