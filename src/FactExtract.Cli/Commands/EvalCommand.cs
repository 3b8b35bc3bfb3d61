using System.CommandLine;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract eval</c>: scores predictions against gold. One mode per gold format; each mode
/// lives in its own file (EvalCommand.Gold.cs, .Conll.cs, .TimeMl.cs, .QuoteCorpus.cs).
/// </summary>
internal static partial class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "A gold file in the output schema (e.g. corpora/seed/*.gold.json)." };
        var conll = new Option<string?>("--conll") { Description = "A gold CoNLL/BIO file (.gz accepted); tags it with the chosen entity model (--ner, --model) unless PREDICTION is given." };
        var timeml = new Option<string?>("--timeml") { Description = "A TimeML .tml file or a folder of them; each document is read with its own DCT." };
        var polnear = new Option<string?>("--polnear") { Description = "A PolNeAR compartment: a folder (with text/ and attributions/) or a .tar.gz of one, read in place." };
        var ner = new NerOptions();
        var format = new Option<string?>("--format") { Description = "text (default) or json." };
        format.AcceptOnlyFromAmong("text", "json");
        var prediction = new Argument<string?>("PREDICTION") { Description = "Predictions to score; when absent the pipeline is run.", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("eval", "Score predictions against gold (seed gold file, CoNLL, TimeML, PolNeAR), printing P/R/F1 per type.")
        {
            gold, conll, timeml, polnear, format, prediction,
        };
        foreach (var option in ner.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var json = parse.GetValue(format) == "json";
            var pred = parse.GetValue(prediction);
            var choice = ner.Read(parse);
            if (choice.Error() is { } nerError)
            {
                stderr.WriteLine($"error: {nerError}");
                return ExitCodes.BadUsage;
            }

            if (parse.GetValue(gold) is { } g) return RunGold(g, pred, json, stdout, stderr, choice);
            if (parse.GetValue(conll) is { } c) return RunConll(c, pred, choice, json, stdout, stderr);
            if (parse.GetValue(timeml) is { } t) return RunTimeMl(t, json, stdout, stderr);
            if (parse.GetValue(polnear) is { } p) return RunQuoteCorpus(p, json, stdout, stderr, choice);
            stderr.WriteLine("error: eval needs one of --gold, --conll, --timeml, --polnear");
            return ExitCodes.BadUsage;
        });
        return command;
    }
}
