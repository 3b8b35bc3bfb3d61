namespace FactExtract.Training.Neural;

/// <summary>The trainer's command line.</summary>
internal static class NeuralTrainingCli
{
    private const string Usage = """
        usage:
          train  --train FILE --dev FILE --vectors WINK_JSON --run DIR [--epochs N] [--seed N] [--batch N] [--lr X]
                 [--max-rank N] [--threads N] [--hidden N] [--char-filters N] [--dropout X] [--layers N]
                 [--tune-min-count N] [--lr-decay X] [--resume] [--resume-best]
          export --run DIR --out MODEL [--checkpoint best|last] [--dev FILE] [--vectors WINK_JSON --max-rank N]
          ensemble --models A.bin,B.bin[,...] --dev FILE
          silver --models A.bin,B.bin[,...] --raw PATH[,PATH...] --out FILE.conll
          attribution-corpus --polnear FOLDER_OR_TAR_GZ --out FILE.conll
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0) return Fail("no command");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return Fail($"unexpected argument {args[i]}");
            if (args[i] is "--resume" or "--resume-best") flags.Add(args[i]);
            else if (i + 1 < args.Length) options[args[i]] = args[++i];
            else return Fail($"{args[i]} needs a value");
        }

        string Need(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{name} is required");
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        double Real(string name, double fallback) => options.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        try
        {
            switch (args[0])
            {
                case "train":
                    var network = new NetworkSettings();
                    network = network with
                    {
                        Hidden = Int("--hidden", network.Hidden),
                        CharFilters = Int("--char-filters", network.CharFilters),
                        Dropout = Real("--dropout", network.Dropout),
                        Layers = Int("--layers", network.Layers),
                    };
                    var defaults = new TrainingSettings { Train = "", Dev = "", Vectors = "", RunDirectory = "" };
                    return TrainingRun.Run(
                        new TrainingSettings
                        {
                            Train = Need("--train"),
                            Dev = Need("--dev"),
                            Vectors = Need("--vectors"),
                            RunDirectory = Need("--run"),
                            Epochs = Int("--epochs", defaults.Epochs),
                            Seed = Int("--seed", defaults.Seed),
                            BatchSize = Int("--batch", defaults.BatchSize),
                            LearningRate = Real("--lr", defaults.LearningRate),
                            MaxRank = Int("--max-rank", defaults.MaxRank),
                            Threads = Int("--threads", defaults.Threads),
                            Resume = flags.Contains("--resume") || flags.Contains("--resume-best"),
                            FromBest = flags.Contains("--resume-best"),
                            TuneMinCount = Int("--tune-min-count", 0),
                            LearningRateDecay = Real("--lr-decay", 0),
                            Network = network,
                        },
                        Console.Out);
                case "export":
                    return ModelExport.Run(Need("--run"), Need("--out"), options.GetValueOrDefault("--checkpoint", "best"), options.GetValueOrDefault("--dev"), Console.Out, options.GetValueOrDefault("--vectors"), Int("--max-rank", 0));
                case "attribution-corpus":
                    return AttributionCorpus.Write(Need("--polnear"), Need("--out"), Console.Out);
                case "silver":
                    return SilverExport.Run(Need("--models").Split(','), Need("--raw").Split(','), Need("--out"), Console.Out);
                case "ensemble":
                    return EnsembleCheck.Run(Need("--models").Split(','), Need("--dev"), Console.Out);
                default:
                    return Fail($"unknown command {args[0]}");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidDataException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
