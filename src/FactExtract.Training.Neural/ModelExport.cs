using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Evaluation;
using static TorchSharp.torch;

namespace FactExtract.Training.Neural;

/// <summary>
/// Writes a run's checkpoint in the library's neural model format, and with a dev file checks the library's .NET
/// forward pass against the network's own: the share of tokens given the same tag, and both F1 scores.
/// </summary>
internal static class ModelExport
{
    public static int Run(string runDirectory, string output, string checkpoint, string? dev, TextWriter log)
    {
        var meta = RunFiles.ReadMeta(runDirectory);
        var vectors = RunFiles.ReadVectors(runDirectory);
        var labels = new NerLabels(meta.Types);
        var chars = new CharVocabulary(meta.Chars);
        var net = new TaggerNetwork(vectors.Dequantised(), vectors.Dimensions, chars.Count, labels, meta.Network);
        var state = RunState.Read(runDirectory) ?? throw new InvalidDataException($"{runDirectory}: no finished epoch");
        net.load(Path.Combine(runDirectory, checkpoint + ".pt"));
        net.eval();
        var p = net.state_dict();
        float[] F(string name) => p[name].detach().contiguous().data<float>().ToArray();
        LstmWeights Direction(string suffix)
        {
            var bias = F("lstm.bias_ih_l0" + suffix);
            var other = F("lstm.bias_hh_l0" + suffix);
            for (int i = 0; i < bias.Length; i++) bias[i] += other[i];
            return new LstmWeights(F("lstm.weight_ih_l0" + suffix), F("lstm.weight_hh_l0" + suffix), bias);
        }

        var (transitions, start, end) = net.CrfScores();
        int epoch = checkpoint == "best" ? state.BestEpoch : state.Epoch;
        var description = $"BiLSTM-CRF ({meta.Network.Hidden} per direction, {meta.Network.CharFilters} character filters, {vectors.Words.Length} word vectors), epoch {epoch}";
        var model = new NeuralNerModel(
            labels, vectors.Words, vectors.Quantised, vectors.Scales, vectors.Dimensions, F("shapes.weight"), meta.Chars,
            F("chars.weight"), F("conv.weight"), F("conv.bias"), Direction(""), Direction("_reverse"), F("output.weight"), F("output.bias"),
            transitions, start, end, description);
        using (var file = File.Create(output)) NeuralModelFile.Write(model, file);
        log.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1e6:F1} MB): {description}");

        if (dev is null) return 0;
        var sentences = ConllReader.Read(dev).Where(x => !x.IsDocStart && x.Words.Length > 0).ToList();
        var read = NeuralModelFile.Read(File.OpenRead(output), output);
        var encoded = sentences.Select(x => EncodedSentence.Encode(x.Words, x.Tags, vectors, chars, labels)).ToList();
        var torchScores = TrainingRun.Evaluate(net, encoded, labels);
        var (torchTags, _) = TrainingRun.Predict(net, encoded, labels);
        var scorer = new ConllScorer();
        var scratch = new NeuralScratch();
        long same = 0, total = 0;
        foreach (var (sentence, i) in sentences.Select((s, i) => (s, i)))
        {
            var (text, tokens) = sentence.AsText();
            var tags = new int[tokens.Length];
            NeuralEntityTagger.Tag(read, text, tokens, tags, scratch);
            scorer.Add(sentence.Tags, tags.Select(labels.BioTag).ToArray());
            for (int t = 0; t < tags.Length; t++) same += tags[t] == torchTags[encoded[i]][t] ? 1 : 0;
            total += tags.Length;
        }

        log.WriteLine($"dev: network F1 {torchScores.Overall.F1:F2}, library F1 {scorer.Scores().Overall.F1:F2}, same tag on {100.0 * same / total:F3} % of {total} tokens");
        return 0;
    }
}
