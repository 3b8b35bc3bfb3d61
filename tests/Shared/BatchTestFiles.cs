using System.IO.Compression;
using System.Text;

namespace FactExtract.TestSupport;

/// <summary>A temporary folder for one test, deleted afterwards, with helpers to write batch inputs into it.</summary>
internal sealed class BatchTestFiles : IDisposable
{
    public BatchTestFiles() => Root = Directory.CreateTempSubdirectory("fx-batch-").FullName;

    public string Root { get; }

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public string Write(string name, string content)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string name, string content)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    /// <summary>A JSON Lines input of <paramref name="count"/> short news-like documents with ids <c>d0</c>, <c>d1</c>, ...</summary>
    public static string NewsLines(int count, int repeat = 1)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            // Lengths vary a lot so that parallel workers finish out of order.
            var body = string.Concat(Enumerable.Repeat($"Acme Corp said on Monday it would hire {i} people in Springfield. ", repeat * (1 + i % 7)));
            sb.Append("{\"id\":\"d").Append(i).Append("\",\"text\":\"").Append(body).Append("\",\"date\":\"2020-01-0").Append(1 + i % 9).Append("\"}\n");
        }

        return sb.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }
}
