using FactExtract.Input;
using FactExtract.Output;

namespace FactExtract.Cluster.Tests;

/// <summary>Inputs for the cluster tests: the seed article and short generated news-like texts (no corpus text).</summary>
internal static class TestDocuments
{
    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_0247617bfd7dbdd2.txt"));

    private static readonly string[] Organisations = ["Acme Corp", "Globex Inc.", "the World Bank", "Initech", "Contoso Ltd"];
    private static readonly string[] People = ["John Smith", "Maria Garcia", "Wei Chen", "Fatima Khan"];
    private static readonly string[] When = ["on Monday", "last week", "on November 30, 2015", "yesterday", "in March"];

    /// <summary><paramref name="count"/> documents with distinct ids; every tenth one is the seed article.</summary>
    public static List<InputItem> Generate(int count)
    {
        var seed = SeedText;
        var items = new List<InputItem>(count);
        for (int i = 0; i < count; i++)
        {
            string id = $"doc-{i:D4}";
            string text = i % 10 == 0
                ? seed
                : $"{Organisations[i % 5]} said {When[i % 5]} it would buy {Organisations[(i + 2) % 5]}. “We are delighted,” said {People[i % 4]}, its chief executive.\n\nShares rose {i % 7} per cent.";
            var date = i % 3 == 0 ? (DateOnly?)null : new DateOnly(2015, 1 + i % 12, 1 + i % 28);
            items.Add(new InputItem(id, new Document(id, text) { ReferenceDate = date, Source = $"test:{i}" }, null));
        }

        return items;
    }

    /// <summary>What a local, single-process run writes for <paramref name="items"/>: the JSON Lines bytes.</summary>
    public static byte[] LocalJsonLines(IEnumerable<InputItem> items)
    {
        var extractor = FactExtractor.CreateDefault();
        using var output = new MemoryStream();
        foreach (var item in items)
            if (item.Document is not null) JsonResultWriter.WriteLine(output, extractor.Extract(item.Document));
        return output.ToArray();
    }
}
