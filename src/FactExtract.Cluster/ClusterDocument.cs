namespace FactExtract.Cluster;

/// <summary>
/// One document as it travels to a silo: only what <see cref="FactExtractor"/> needs, so the
/// library itself never depends on Orleans.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClusterDocument
{
    /// <summary>The document's identifier; results are keyed by it.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The article text.</summary>
    [Id(1)] public required string Text { get; init; }

    /// <summary>The anchor for relative dates, when known.</summary>
    [Id(2)] public DateOnly? ReferenceDate { get; init; }

    /// <summary>Where the document came from (echoed in the result).</summary>
    [Id(3)] public string? Source { get; init; }

    /// <summary>Copies a library document into its wire form.</summary>
    /// <param name="document">The document to send.</param>
    public static ClusterDocument From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ClusterDocument { Id = document.Id, Text = document.Text, ReferenceDate = document.ReferenceDate, Source = document.Source };
    }

    /// <summary>The library document this wire form stands for.</summary>
    public Document ToDocument() => new(Id, Text) { ReferenceDate = ReferenceDate, Source = Source };
}
