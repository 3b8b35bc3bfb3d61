namespace FactExtract.Corpus;

/// <summary>How <see cref="CorpusHtmlReport"/> renders.</summary>
public sealed record CorpusHtmlOptions
{
    /// <summary>The defaults: no links.</summary>
    public static readonly CorpusHtmlOptions Default = new();

    /// <summary>The page title.</summary>
    public string Title { get; init; } = "FactExtract corpus report";

    /// <summary>
    /// A URL prefix (relative to the report, ending in <c>/</c>) under which each document's own report is named by
    /// <see cref="DocumentFileName.For"/>; null for no links.
    /// </summary>
    public string? DocumentsHref { get; init; }

    /// <summary>Where the results were read from, shown under the title.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = Array.Empty<string>();
}
