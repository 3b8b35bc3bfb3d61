using System.CommandLine;
using System.Diagnostics;
using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract train</c>: trains an NER model from CoNLL/BIO files, printing dev F1 per epoch.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL/BIO file (.gz accepted; tag = last column).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL/BIO file: scored after every epoch; the best epoch is kept." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var trainer = new Option<string>("--trainer") { Description = "perceptron (default) or maxent (ML.NET L-BFGS maximum entropy).", DefaultValueFactory = _ => "perceptron" };
        trainer.AcceptOnlyFromAmong("perceptron", "maxent");
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes over the training data.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var hashBits = new Option<int>("--hash-bits") { Description = "Feature hash size (2^N buckets).", DefaultValueFactory = _ => new TrainingOptions().HashBits };
        var maxSentences = new Option<int>("--max-sentences") { Description = "Train on the first N sentences only (0 = all).", DefaultValueFactory = _ => 0 };
        var iterations = new Option<int>("--iterations") { Description = "maxent: L-BFGS iterations.", DefaultValueFactory = _ => new TrainingOptions().MaxEntIterations };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "Raw text for the word classes besides the training text: .txt/.tml files, folders or .tar.gz archives (repeatable).", AllowMultipleArgumentsPerToken = true };
        var classes = new Option<int>("--classes") { Description = "Number of k-means word classes (0 = no word classes).", DefaultValueFactory = _ => new TrainingOptions().WordClasses };
        var ensemble = new Option<int>("--ensemble") { Description = "perceptron: train N runs with seeds SEED, SEED+1, … and average their weights into one model (no run-time cost).", DefaultValueFactory = _ => new TrainingOptions().Ensemble };
        var l2 = new Option<float?>("--l2") { Description = "maxent: L2 regularisation (default 1)." };
        var prune = new Option<float>("--prune") { Description = "Drop weights of at most this magnitude from the saved model (a row with none left is not stored).", DefaultValueFactory = _ => new TrainingOptions().Prune };
        var trainBeam = new Option<int>("--train-beam") { Description = "perceptron: decode training sentences with a beam of N and update early (Collins and Roark 2004); 1 (default) trains greedily.", DefaultValueFactory = _ => 1 };
        var silver = new Option<string[]>("--silver") { Description = "Uptraining: raw news (.txt/.tml files, folders or .tar.gz archives, repeatable) tagged by --teacher and added to the training sentences.", AllowMultipleArgumentsPerToken = true };
        var teacher = new Option<string>("--teacher") { Description = "The model that tags --silver text: accurate (default, the built-in neural model) or a model file.", DefaultValueFactory = _ => "accurate" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => new TrainingOptions().Seed };

        var command = new Command("train", "Train an NER model from CoNLL/BIO files, printing dev F1 per epoch.")
        {
            train, dev, output, trainer, epochs, hashBits, maxSentences, iterations, unlabelled, classes, ensemble, l2, prune, trainBeam, silver, teacher, seed,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions
            {
                Trainer = parse.GetValue(trainer)!,
                Epochs = parse.GetValue(epochs),
                HashBits = parse.GetValue(hashBits),
                MaxSentences = parse.GetValue(maxSentences),
                MaxEntIterations = parse.GetValue(iterations),
                Seed = parse.GetValue(seed),
                Ensemble = parse.GetValue(ensemble),
                L2 = parse.GetValue(l2),
                Prune = parse.GetValue(prune),
                Unlabelled = parse.GetValue(unlabelled) ?? Array.Empty<string>(),
                WordClasses = parse.GetValue(classes),
                TrainBeam = parse.GetValue(trainBeam),
                Silver = parse.GetValue(silver) ?? Array.Empty<string>(),
                Teacher = parse.GetValue(teacher)!,
            };
            return Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(string trainPath, string? devPath, string outPath, TrainingOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.HashBits is < 10 or > 24 || options.Epochs < 1 || options.Ensemble is < 1 or > 16 || options.TrainBeam is < 1 or > 16)
        {
            stderr.WriteLine("error: --hash-bits must be 10..24, --epochs at least 1, --ensemble 1..16 and --train-beam 1..16");
            return ExitCodes.BadUsage;
        }

        if (options.Teacher != "accurate" && options.Silver.Count > 0 && !File.Exists(options.Teacher))
        {
            stderr.WriteLine($"error: --teacher {options.Teacher}: file not found (give `accurate` or a model file)");
            return ExitCodes.BadUsage;
        }

        foreach (var path in options.Unlabelled.Concat(options.Silver).Prepend(devPath).Prepend(trainPath))
        {
            if (path is not null && !File.Exists(path) && !Directory.Exists(path))
            {
                stderr.WriteLine($"error: {path}: file not found");
                return ExitCodes.BadUsage;
            }
        }

        var clock = Stopwatch.StartNew();
        var sentences = ConllReader.Read(trainPath);
        if (options.MaxSentences > 0) sentences = TrainingSubset.EveryNthDocument(sentences, options.MaxSentences);
        var dev = devPath is null ? new List<ConllSentence>() : ConllReader.Read(devPath);
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        var clusters = WordClusters.Empty;
        if (options.WordClasses > 0)
        {
            var raw = RawText.FromConll(sentences).Concat(options.Unlabelled.SelectMany(RawText.FromPath));
            clusters = ClusterBuilder.Build(raw, options.WordClasses, minCount: 3, options.Seed, stdout);
        }

        if (options.Silver.Count > 0 && !AddSilver(sentences, labels, options, stdout, stderr)) return ExitCodes.BadUsage;
        var set = new TrainingSet(sentences, labels, clusters);
        stdout.WriteLine($"train: {set.Sentences.Length} sentences, {set.TokenCount} tokens, {labels.Types.Length} types; dev: {dev.Count(s => !s.IsDocStart)} sentences ({clock.Elapsed.TotalSeconds:F1}s to read)");
        var model = options.Trainer is "maxent"
            ? new MaxEntTrainer(options, stdout).Train(set, dev)
            : new PerceptronTrainer(options, stdout).Train(set, dev);
        NerModelFile.Write(model, outPath);
        stdout.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F1} MB, {model.RowCount} feature rows) in {clock.Elapsed.TotalSeconds:F0}s");
        if (dev.Count > 0) EvalCommand.PrintConll(NerEvaluation.Score(model, dev, options.TrainBeam), false, stdout);
        return ExitCodes.Success;
    }

    /// <summary>Tags the raw <c>--silver</c> text with the teacher and appends it; refused when the teacher knows types the gold data lacks.</summary>
    private static bool AddSilver(List<ConllSentence> sentences, NerLabels labels, TrainingOptions options, TextWriter stdout, TextWriter stderr)
    {
        IEntityTagger teacher;
        try
        {
            teacher = options.Teacher == "accurate" ? EntityModels.Create(EntityModel.Accurate, null, 1) : EntityModels.FromFile(options.Teacher);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: --teacher: {e.Message}");
            return false;
        }

        var missing = teacher.Labels.Types.Except(labels.Types).ToArray();
        if (missing.Length > 0)
        {
            stderr.WriteLine($"error: the teacher tags types the training data does not have ({string.Join(", ", missing)}); uptrain with a teacher trained on the same types");
            return false;
        }

        sentences.AddRange(SilverCorpus.Tag(options.Silver, teacher, stdout));
        return true;
    }
}
