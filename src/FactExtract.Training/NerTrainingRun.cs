using System.Diagnostics;
using FactExtract.Entities;
using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>
/// One linear NER training run, whatever the learner: read the CoNLL files, learn word classes, add uptraining text
/// tagged by a teacher, train, write the model file. The CLI's <c>train</c> runs it with the perceptron, the ML.NET
/// tool with maximum entropy.
/// </summary>
internal static class NerTrainingRun
{
    /// <summary>What the run gives: the model and the dev sentences it was scored on, or the reason it could not run.</summary>
    public sealed record Outcome(NerModel? Model, IReadOnlyList<ConllSentence> Dev, string? Error);

    /// <summary>The CLI's <c>train</c>: a run with the perceptron, and the written model's scores on the dev file (null without one).</summary>
    public static (string? Error, ConllScores? Dev) RunPerceptron(string trainPath, string? devPath, string outPath, TrainingOptions options, TextWriter log)
    {
        var outcome = Run(trainPath, devPath, outPath, options, (set, dev) => new PerceptronTrainer(options, log).Train(set, dev), log);
        if (outcome.Error is { } error) return (error, null);
        return (null, outcome.Dev.Count > 0 ? NerEvaluation.Score(outcome.Model!, outcome.Dev, options.TrainBeam) : null);
    }

    public static Outcome Run(
        string trainPath,
        string? devPath,
        string outPath,
        TrainingOptions options,
        Func<TrainingSet, IReadOnlyList<ConllSentence>, NerModel> learn,
        TextWriter log)
    {
        if (options.HashBits is < 10 or > 24 || options.Epochs < 1 || options.Ensemble is < 1 or > 16 || options.TrainBeam is < 1 or > 16)
            return Failed("--hash-bits must be 10..24, --epochs at least 1, --ensemble 1..16 and --train-beam 1..16");
        if (options.Teacher != "accurate" && options.Silver.Count > 0 && !File.Exists(options.Teacher))
            return Failed($"--teacher {options.Teacher}: file not found (give `accurate` or a model file)");
        foreach (var path in options.Unlabelled.Concat(options.Silver).Prepend(devPath).Prepend(trainPath))
            if (path is not null && !File.Exists(path) && !Directory.Exists(path)) return Failed($"{path}: file not found");

        var clock = Stopwatch.StartNew();
        var sentences = ConllReader.Read(trainPath);
        if (options.MaxSentences > 0) sentences = TrainingSubset.EveryNthDocument(sentences, options.MaxSentences);
        var dev = devPath is null ? new List<ConllSentence>() : ConllReader.Read(devPath);
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        var clusters = WordClusters.Empty;
        if (options.WordClasses > 0)
        {
            var raw = RawText.FromConll(sentences).Concat(options.Unlabelled.SelectMany(RawText.FromPath));
            clusters = ClusterBuilder.Build(raw, options.WordClasses, minCount: 3, options.Seed, log);
        }

        if (options.Silver.Count > 0 && AddSilver(sentences, labels, options, log) is { } silverError) return Failed(silverError);
        var set = new TrainingSet(sentences, labels, clusters);
        log.WriteLine($"train: {set.Sentences.Length} sentences, {set.TokenCount} tokens, {labels.Types.Length} types; dev: {dev.Count(s => !s.IsDocStart)} sentences ({clock.Elapsed.TotalSeconds:F1}s to read)");
        var model = learn(set, dev);
        NerModelFile.Write(model, outPath);
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F1} MB, {model.RowCount} feature rows) in {clock.Elapsed.TotalSeconds:F0}s");
        return new Outcome(model, dev, null);

        Outcome Failed(string error) => new(null, [], error);
    }

    /// <summary>Tags the raw <c>--silver</c> text with the teacher and appends it; refused when the teacher knows types the gold data lacks.</summary>
    private static string? AddSilver(List<ConllSentence> sentences, NerLabels labels, TrainingOptions options, TextWriter log)
    {
        IEntityTagger teacher;
        try
        {
            teacher = options.Teacher == "accurate" ? EntityModels.Create(EntityModel.Accurate, null, 1) : EntityModels.FromFile(options.Teacher);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return $"--teacher: {e.Message}";
        }

        var missing = teacher.Labels.Types.Except(labels.Types).ToArray();
        if (missing.Length > 0)
            return $"the teacher tags types the training data does not have ({string.Join(", ", missing)}); uptrain with a teacher trained on the same types";

        sentences.AddRange(SilverCorpus.Tag(options.Silver, teacher, log));
        return null;
    }
}
