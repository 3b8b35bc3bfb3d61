using FactExtract.Training;

namespace FactExtract.Training.Neural;

/// <summary>
/// Distillation data: raw news tagged by an ensemble of exported networks (<see cref="EnsembleTagger"/>), written as a
/// CoNLL file (token, tag; <c>-DOCSTART-</c> per article) that <c>train --train</c> reads beside the gold file.
/// </summary>
internal static class SilverExport
{
    public static int Run(IReadOnlyList<string> modelFiles, IReadOnlyList<string> rawPaths, string output, TextWriter log)
    {
        var teacher = EnsembleTagger.Load(modelFiles);
        var sentences = SilverCorpus.Tag(rawPaths, teacher, log);
        using var writer = new StreamWriter(output);
        foreach (var sentence in sentences)
        {
            foreach (var line in sentence.Lines) writer.WriteLine(sentence.IsDocStart ? "-DOCSTART-\tO" : line);
            writer.WriteLine();
        }

        log.WriteLine($"wrote {output}: {sentences.Count(s => !s.IsDocStart)} sentences");
        return 0;
    }
}
