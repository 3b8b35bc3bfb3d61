using System.CommandLine;
using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract tag --conll FILE [--model PATH]</c>: adds a predicted BIO column to pre-tokenised CoNLL input.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "Pre-tokenised CoNLL file (first column = token, .gz accepted).", Required = true };
        var ner = new NerOptions();
        var command = new Command("tag", "Tag pre-tokenised CoNLL input, writing each line with one more column: the predicted BIO tag.") { conll };
        foreach (var option in ner.Entity) command.Options.Add(option);
        command.SetAction(parse => Run(parse.GetValue(conll)!, ner.Read(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string conllPath, NerChoice ner, TextWriter stdout, TextWriter stderr)
    {
        if (ner.Error() is { } nerError)
        {
            stderr.WriteLine($"error: {nerError}");
            return ExitCodes.BadUsage;
        }

        if (!File.Exists(conllPath))
        {
            stderr.WriteLine($"error: {conllPath}: file not found");
            return ExitCodes.BadUsage;
        }

        if (!ner.TryCreate(stderr, out var tagger)) return ExitCodes.BadUsage;
        foreach (var (sentence, tags) in tagger.Tag(ConllReader.Read(conllPath)))
        {
            for (int i = 0; i < sentence.Lines.Length; i++)
            {
                stdout.Write(sentence.Lines[i]);
                stdout.Write(sentence.Separator);
                stdout.WriteLine(tags[i]);
            }

            stdout.WriteLine();
        }

        return ExitCodes.Success;
    }
}
