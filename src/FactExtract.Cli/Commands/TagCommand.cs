using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
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
        var model = new Option<string?>("--model") { Description = "An NER model file to use instead of the built-in one." };
        var beam = ExtractCommand.NerBeamOption();
        var command = new Command("tag", "Tag pre-tokenised CoNLL input, writing each line with one more column: the predicted BIO tag.") { conll, model, beam };
        command.SetAction(parse => Run(parse.GetValue(conll)!, parse.GetValue(model), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(beam)));
        return command;
    }

    internal static int Run(string conllPath, string? modelPath, TextWriter stdout, TextWriter stderr, int beam = 1)
    {
        if (ExtractCommand.NerBeamError(beam) is { } beamError)
        {
            stderr.WriteLine($"error: {beamError}");
            return ExitCodes.BadUsage;
        }

        if (!File.Exists(conllPath))
        {
            stderr.WriteLine($"error: {conllPath}: file not found");
            return ExitCodes.BadUsage;
        }

        if (!TryLoadModel(modelPath, stderr, out var model, beam)) return ExitCodes.BadUsage;
        var scratch = new TaggerScratch();
        foreach (var sentence in ConllReader.Read(conllPath))
        {
            var tags = NerEvaluation.Tag(model, sentence, scratch, beam);
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

    /// <summary>Loads <paramref name="modelPath"/> or the built-in model made for a beam of <paramref name="beam"/>; reports an unreadable model on stderr.</summary>
    internal static bool TryLoadModel(string? modelPath, TextWriter stderr, [NotNullWhen(true)] out NerModel? model, int beam = 1)
    {
        try
        {
            model = modelPath is null ? BuiltInModel.For(beam) : NerModelFile.Read(modelPath);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            model = null;
            return false;
        }
    }
}
