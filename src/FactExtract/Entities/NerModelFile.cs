using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace FactExtract.Entities;

/// <summary>
/// The model file: a fixed header (magic number, format version, feature-template version,
/// payload length, SHA-256 of the payload) followed by a Brotli-compressed payload read field by
/// field with bounds checks. Nothing is deserialized by type name, so a foreign or damaged file
/// can only be refused, with a message saying why.
/// </summary>
internal static class NerModelFile
{
    /// <summary>The format of a model file (BIO tags).</summary>
    public const int FormatVersion = 3;

    // Format 3's layout with BILOU tags, written by an experiment that was dropped; such a file is refused by name.
    private const int DroppedBilouFormatVersion = 4;

    private const int HeaderLength = 8 + 4 + 4 + 8 + 32;
    private static ReadOnlySpan<byte> Magic => "FXNERMDL"u8;

    public static void Write(NerModel model, Stream output)
    {
        var payload = new MemoryStream();
        using (var brotli = new BrotliStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
            WritePayload(model, w);

        var bytes = payload.ToArray();
        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], NerFeatures.Version);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], bytes.Length);
        SHA256.HashData(bytes, header[24..]);
        output.Write(header);
        output.Write(bytes);
    }

    public static void Write(NerModel model, string path)
    {
        using var file = File.Create(path);
        Write(model, file);
    }

    public static NerModel Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file, path);
    }

    /// <summary>Reads a model; throws <see cref="InvalidDataException"/> naming <paramref name="name"/> when the data is not a sound model.</summary>
    public static NerModel Read(Stream input, string name)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        if (input.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength || !header[..8].SequenceEqual(Magic))
            throw new InvalidDataException($"{name}: not a FactExtract NER model (bad magic number)");
        int version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version == DroppedBilouFormatVersion)
            throw new InvalidDataException($"{name}: NER model format version {version} (BILOU tags) is not supported any more; retrain the model with BIO tags (this build reads version {FormatVersion})");
        if (version != FormatVersion)
            throw new InvalidDataException($"{name}: NER model format version {version} is not supported (this build reads version {FormatVersion})");
        int features = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (features != NerFeatures.Version)
            throw new InvalidDataException($"{name}: NER model was trained with feature templates version {features}, this build has version {NerFeatures.Version}; retrain it");
        long length = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        if (length is < 0 or > 1L << 30) throw new InvalidDataException($"{name}: corrupt NER model (bad payload length)");
        var payload = new byte[length];
        if (input.ReadAtLeast(payload, (int)length, throwOnEndOfStream: false) < length)
            throw new InvalidDataException($"{name}: corrupt NER model (truncated)");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(header[24..]))
            throw new InvalidDataException($"{name}: corrupt NER model (checksum mismatch)");

        try
        {
            // Decompressed whole first: the payload is then read a few bytes at a time (millions of 16-bit weights), and a
            // BinaryReader over a MemoryStream reads those straight from its buffer instead of through a stream call each.
            var plain = new MemoryStream(checked((int)Math.Min(length * 4, Array.MaxLength)));
            using (var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress)) CopyAtMost(brotli, plain, MaxPlainLength);
            plain.Position = 0;
            using var r = new BinaryReader(plain, Encoding.UTF8);
            return ReadPayload(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"{name}: corrupt NER model ({e.Message})", e);
        }
    }

    // Far above any real model (the shipped one is about 20 MB decompressed): a damaged or hostile payload that
    // decompresses without end is refused instead of filling memory.
    private const long MaxPlainLength = 1L << 30;

    private static void CopyAtMost(Stream source, MemoryStream target, long limit)
    {
        var buffer = new byte[1 << 16];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            if (target.Length + read > limit) throw new FormatException($"payload decompresses to more than {limit} bytes");
            target.Write(buffer, 0, read);
        }
    }

    private static void WritePayload(NerModel model, BinaryWriter w)
    {
        w.Write(model.Trainer);
        w.Write(model.Description);
        w.Write(model.Labels.Types.Length);
        foreach (var t in model.Labels.Types) w.Write(t);
        w.Write(model.HashBits);
        w.Write(model.RowCount);
        int n = model.Labels.Count;
        w.Write(model.Scale);
        foreach (var b in model.Bias) w.Write(b);
        // Buckets in increasing order (= row order), delta-coded; each row as a bit mask of its non-zero tags and those weights.
        int previous = -1, row = 0;
        foreach (int bucket in model.Rows.Buckets())
        {
            w.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            var weights = model.Weights.AsSpan(row++ * n, n);
            ulong mask = 0;
            for (int k = 0; k < n; k++) if (weights[k] != 0) mask |= 1UL << k;
            w.Write(mask);
            for (int k = 0; k < n; k++) if (weights[k] != 0) w.Write(weights[k]);
        }

        var clusters = model.Clusters.Entries.OrderBy(e => e.Key).ToArray();
        w.Write(clusters.Length);
        uint previousKey = 0;
        foreach (var (key, packed) in clusters)
        {
            w.Write7BitEncodedInt((int)(key - previousKey));
            previousKey = key;
            w.Write(packed);
        }
    }

    private static NerModel ReadPayload(BinaryReader r)
    {
        string trainer = r.ReadString();
        string description = r.ReadString();
        int typeCount = r.ReadInt32();
        if (typeCount is < 1 or > 31) throw new FormatException($"bad type count {typeCount}");
        var types = new string[typeCount];
        for (int i = 0; i < typeCount; i++) types[i] = r.ReadString();
        var labels = new NerLabels(types);
        int hashBits = r.ReadInt32();
        if (hashBits is < 4 or > 26) throw new FormatException($"bad hash size {hashBits}");
        int rows = r.ReadInt32();
        if (rows < 0 || rows > 1 << hashBits) throw new FormatException($"bad row count {rows}");
        int n = labels.Count;
        float scale = r.ReadSingle();
        if (!(scale > 0) || float.IsInfinity(scale)) throw new FormatException($"bad weight scale {scale}");
        var bias = new int[n];
        for (int k = 0; k < n; k++) bias[k] = r.ReadInt32();
        var buckets = new int[rows];
        if ((long)rows * n + NerModel.Slack > Array.MaxLength) throw new FormatException($"too many weights ({rows} rows of {n})");
        var weights = HugePages.Allocate<short>(rows * n + NerModel.Slack); // rows are read at random (see HugePages)
        int bucket = -1;
        for (int row = 0; row < rows; row++)
        {
            int delta = r.Read7BitEncodedInt();
            bucket += delta;
            if (delta < 1 || bucket >= 1 << hashBits) throw new FormatException("bad bucket index");
            buckets[row] = bucket;
            ulong mask = r.ReadUInt64();
            if (n < 64 && mask >> n != 0) throw new FormatException("bad weight mask");
            for (int k = 0; k < n; k++)
                if ((mask & (1UL << k)) != 0) weights[row * n + k] = r.ReadInt16();
        }

        int clusterCount = r.ReadInt32();
        if (clusterCount is < 0 or > 4_000_000) throw new FormatException($"bad word class count {clusterCount}");
        var classes = new Dictionary<uint, uint>(clusterCount);
        uint key = 0;
        for (int i = 0; i < clusterCount; i++)
        {
            key += (uint)r.Read7BitEncodedInt();
            if (!classes.TryAdd(key, r.ReadUInt32())) throw new FormatException("repeated word class entry");
        }

        return new NerModel(labels, hashBits, new RowIndex(1 << hashBits, buckets), weights, scale, bias, trainer, description, new WordClusters(classes));
    }
}
