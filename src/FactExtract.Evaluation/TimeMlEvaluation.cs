using FactExtract.Dates;

namespace FactExtract.Evaluation;

/// <summary>
/// Runs the date tagger over TimeML documents — each with its own creation date as the
/// reference date, on the <c>TEXT</c> content — and scores it TempEval-3 style. A folder with
/// sub-folders (TimeBank/, AQUAINT/) is scored per sub-folder and combined.
/// </summary>
internal static class TimeMlEvaluation
{
    public sealed record Result(IReadOnlyList<TimeMlScore> Scores, IReadOnlyList<TimeMlError> Errors, IReadOnlyList<string> Failures);

    private static readonly Lazy<FactExtractor> Extractor = new(() => FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast }));

    public static Result Run(string path)
    {
        var groups = new List<(string Name, string[] Files)>();
        if (File.Exists(path))
        {
            groups.Add((Path.GetFileName(path), new[] { path }));
        }
        else
        {
            foreach (var dir in Directory.GetDirectories(path).OrderBy(d => d, StringComparer.Ordinal))
            {
                var files = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                if (files.Length > 0) groups.Add((Path.GetFileName(dir), files));
            }

            var top = Directory.GetFiles(path, "*.tml").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (top.Length > 0) groups.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), top));
        }

        var scores = new List<TimeMlScore>();
        var errors = new List<TimeMlError>();
        var failures = new List<string>();
        var all = new TimeMlScorer();
        foreach (var (name, files) in groups)
        {
            var scorer = new TimeMlScorer();
            foreach (var file in files)
            {
                TimeMlDocument doc;
                try { doc = TimeMlDocument.Load(file); }
                catch (Exception e) when (e is System.Xml.XmlException or IOException or UnauthorizedAccessException)
                {
                    failures.Add($"{file}: {e.Message}");
                    continue;
                }

                // The library's public pipeline with the document creation time as its reference date; the entity model
                // does not touch dates, so the fast one keeps the run short.
                var predicted = Extractor.Value.Extract(new Document(Path.GetFileName(file), doc.Text) { ReferenceDate = doc.CreationDate }).Dates.ToList();
                scorer.Add(doc, predicted);
                all.Add(doc, predicted);
            }

            scores.Add(scorer.Score(name));
            errors.AddRange(scorer.Errors);
        }

        if (groups.Count > 1) scores.Add(all.Score("all"));
        return new Result(scores, errors, failures);
    }
}
