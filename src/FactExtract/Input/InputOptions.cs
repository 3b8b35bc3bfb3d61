namespace FactExtract.Input;

/// <summary>How <see cref="DocumentReader"/> reads its inputs. Immutable; change with a <c>with</c> expression.</summary>
public sealed record InputOptions
{
    /// <summary>The defaults: fields <c>id</c>, <c>text</c>, <c>date</c>; formats from the file extensions; documents up to 16 MiB.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>The JSON field or CSV column holding the document identifier (optional in the data: a record without one is named after its file and line).</summary>
    public string IdField { get; init; } = "id";

    /// <summary>The JSON field or CSV column holding the article text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>The JSON field or CSV column holding the publication date (<c>YYYY-MM-DD</c>, a longer ISO 8601 timestamp is cut to its date).</summary>
    public string DateField { get; init; } = "date";

    /// <summary>Overrides the format that file extensions imply (and sets the format of standard input).</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>
    /// The largest document (or JSON line, or CSV record) accepted, in bytes of input; a larger one is
    /// reported as an error and skipped, which keeps memory bounded whatever the input holds.
    /// </summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Receives what the reader noticed but read past, one line each, naming the document or file: a date field that
    /// is not a date, a folder entry that is not a regular file, a folder reached again through a link. Null ignores
    /// them. Called on the thread that reads the input.
    /// </summary>
    public Action<string>? Warning { get; init; }

    /// <summary>
    /// Counts the bytes read from disk (compressed for <c>.gz</c>) as the reader goes, for a progress display set
    /// against <see cref="DocumentReader.TotalBytes"/>. Null counts nothing.
    /// </summary>
    public ReadCounter? Progress { get; init; }
}
