namespace FactExtract.Training.Neural;

/// <summary>Writes a run's checkpoint in the library's neural model format.</summary>
internal static class ModelExport
{
    public static int Run(string runDirectory, string output, string checkpoint, TextWriter log)
    {
        throw new NotImplementedException("export is not written yet");
    }
}
