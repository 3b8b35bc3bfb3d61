using FactExtract.Input;

namespace FactExtract.Cli.Commands;

/// <summary>Everything <c>factextract extract</c> was asked to do, parsed and validated.</summary>
internal sealed record ExtractOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    public string? Format { get; init; }

    public string? Output { get; init; }

    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Worker count; null for every core.</summary>
    public int? Parallel { get; init; }

    public bool Unordered { get; init; }

    public bool Resume { get; init; }

    public ProgressMode Progress { get; init; } = ProgressMode.Auto;

    public InputOptions Input { get; init; } = InputOptions.Default;

    /// <summary>Where the reader's warnings go (a date that is no date, a FIFO in a folder), one line each; null drops them.</summary>
    public TextWriter? Warnings { get; init; }

    /// <summary>Orleans membership (<c>localhost</c>, <c>redis:HOST:PORT</c>, <c>postgres:CONNSTRING</c>) to run on a cluster instead of locally; null runs locally.</summary>
    public string? Cluster { get; init; }

    public string ClusterId { get; init; } = FactExtract.Cluster.ClusterExtractionOptions.DefaultClusterId;

    /// <summary>The entity model (<c>--ner</c>, <c>--model</c>, <c>--ner-beam</c>).</summary>
    public NerChoice Ner { get; init; } = NerChoice.Default;
}

/// <summary>How progress is shown on standard error.</summary>
internal enum ProgressMode
{
    /// <summary>A live bar when standard error is a terminal, plain periodic lines otherwise.</summary>
    Auto,

    /// <summary>The live bar (Spectre.Console).</summary>
    Bar,

    /// <summary>A plain line every few seconds, and the summary.</summary>
    Plain,

    /// <summary>Nothing but errors.</summary>
    None,
}
