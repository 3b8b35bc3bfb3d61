using System.CommandLine;
using System.Globalization;
using FactExtract.Evaluation;
using FactExtract.Quotes;
using FactExtract.Training;

namespace FactExtract.Training.MLNet;

/// <summary>
/// <c>factextract train-quotes</c>: learns the quote stage's scare-quote classifier and speaker
/// ranker with ML.NET on a PolNeAR compartment, checks the project's scorer against ML.NET's
/// predictions, scores rules vs models on train (and dev), and writes the weights as C#.
/// </summary>
internal static class QuotesTrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "PolNeAR training compartment: a folder or its .tar.gz (read in place).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "PolNeAR compartment to measure on (not trained on)." };
        var output = new Option<string?>("--out") { Description = "Write the weights as the library's QuoteModelWeights.cs here." };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the logistic regressions.", DefaultValueFactory = _ => 1f };
        var seed = new Option<int>("--seed") { Description = "ML.NET seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("train-quotes", "Train the quote stage's scare-quote classifier and speaker ranker (ML.NET) on PolNeAR and compare them with the rules.")
        {
            train, dev, output, l2, seed,
        };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output), parse.GetValue(l2), parse.GetValue(seed), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string trainPath, string? devPath, string? outPath, float l2, int seed, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<QuoteCorpusArticle> trainGold, devGold;
        try
        {
            trainGold = QuoteCorpusReader.Read(trainPath);
            devGold = devPath is null ? Array.Empty<QuoteCorpusArticle>() : QuoteCorpusReader.Read(devPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ToolExit.BadUsage;
        }

        var trainArticles = QuotesExamples.Analyze(trainGold);
        var devArticles = QuotesExamples.Analyze(devGold);
        var (quotations, speakers) = QuotesExamples.Collect(trainArticles);
        stdout.WriteLine($"train: {trainArticles.Count} articles, {quotations.Count} quoted spans ({quotations.Count(e => e.Label)} quotations), {speakers.Count} speaker candidates ({speakers.Count(e => e.Label)} right)");

        if (!HasBothClasses(quotations) || !HasBothClasses(speakers))
        {
            stderr.WriteLine($"error: {trainPath}: too little to learn from (each model needs examples of both classes)");
            return ToolExit.BadUsage;
        }

        var filter = QuotesTrainer.Fit(quotations, QuotationFeatures.Count, l2, seed);
        var ranker = QuotesTrainer.Fit(speakers, SpeakerFeatures.Count, l2, seed);
        var model = new QuoteModel(filter.Weights, filter.Bias, ranker.Weights, ranker.Bias);
        Agreement(stdout, "quotation filter", filter, quotations, model.ScoreQuotation);
        Agreement(stdout, "speaker ranker", ranker, speakers, model.ScoreSpeaker);

        // The quotation threshold: the best direct-quote F1 of the whole stage on train (dev is not looked at).
        float bestThreshold = 0;
        double bestF = -1;
        for (float t = -2f; t <= 4f; t += 0.25f)
        {
            double f = Score(trainArticles, model.WithFilterThreshold(t), new QuoteFinderOptions(true, false)).F;
            if (f > bestF + 1e-9) { bestF = f; bestThreshold = t; }
        }

        model = model.WithFilterThreshold(bestThreshold);
        stdout.WriteLine($"quotation threshold {bestThreshold.ToString(CultureInfo.InvariantCulture)} (train F1 {bestF:F2})");

        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Format(c, "{0,-26} {1,-6} {2,6} {3,6} {4,6} {5,9}", "variant", "split", "P", "R", "F1", "speaker%"));
        foreach (var (name, options) in new[]
                 {
                     ("rules", QuoteFinderOptions.Rules),
                     ("learned filter", new QuoteFinderOptions(true, false)),
                     ("learned ranker", new QuoteFinderOptions(false, true)),
                     ("learned filter + ranker", new QuoteFinderOptions(true, true)),
                 })
        {
            foreach (var (split, articles) in new[] { ("train", trainArticles), ("dev", devArticles) })
            {
                if (articles.Count == 0) continue;
                var report = Score(articles, model, options);
                stdout.WriteLine(string.Format(c, "{0,-26} {1,-6} {2,6:F2} {3,6:F2} {4,6:F2} {5,9:F2}", name, split, report.Precision, report.Recall, report.F, report.SpeakerAccuracy));
            }
        }

        if (outPath is not null)
        {
            var description = $"ML.NET LbfgsLogisticRegression, L2 {l2.ToString(c)}, seed {seed}, {quotations.Count} quoted spans and {speakers.Count} speaker candidates from {trainArticles.Count} PolNeAR train articles";
            File.WriteAllText(outPath, QuotesTrainer.ToCSharp(model, description));
            stdout.WriteLine($"weights written to {outPath}");
        }

        return ToolExit.Success;
    }

    private static QuoteCorpusReport Score(List<QuotesArticle> articles, QuoteModel model, QuoteFinderOptions options)
    {
        var byName = articles.ToDictionary(a => a.Gold.Name);
        return QuoteCorpusScorer.Score(articles.Select(a => a.Gold).ToList(), a =>
        {
            var found = new List<Quotation>();
            QuoteFinder.Find(a.Text, byName[a.Name].Entities, found, model, options);
            return found;
        });
    }

    private static bool HasBothClasses(List<QuotesExample> examples) => examples.Exists(e => e.Label) && examples.Exists(e => !e.Label);

    private delegate float Scorer(ReadOnlySpan<float> features);

    private static void Agreement(TextWriter stdout, string name, QuotesLinearFit fit, List<QuotesExample> examples, Scorer own)
    {
        var predictions = fit.Predict(examples);
        int agree = 0, right = 0;
        for (int i = 0; i < examples.Count; i++)
        {
            bool mine = own(examples[i].Features) > 0;
            if (mine == predictions[i].PredictedLabel) agree++;
            if (predictions[i].PredictedLabel == examples[i].Label) right++;
        }

        stdout.WriteLine($"{name}: ML.NET train accuracy {100.0 * right / examples.Count:F2} %; own scorer agrees on {agree}/{examples.Count}");
    }
}
