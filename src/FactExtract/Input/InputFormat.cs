namespace FactExtract.Input;

/// <summary>How an input file or standard input is read.</summary>
public enum InputFormat
{
    /// <summary>Decided by the file extension (after a <c>.gz</c>): <c>.jsonl</c>, <c>.csv</c>, <c>.html</c>/<c>.htm</c>, anything else plain text. Standard input is plain text.</summary>
    Auto,

    /// <summary>The whole file is one document (plain text or Markdown).</summary>
    Text,

    /// <summary>The file is one web page: its main text and publication date are read from the HTML.</summary>
    Html,

    /// <summary>JSON Lines: one document per line, an object with id, text and date fields.</summary>
    JsonLines,

    /// <summary>CSV with a header row: one document per record, with id, text and date columns.</summary>
    Csv,
}
