using System.Runtime.InteropServices;
using System.Text;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// The on-disk form of one collection: header, then per record its key and metadata, then all vectors as
/// one float32 block. int8 codes are not stored; they are rebuilt on load, which keeps the file compact.
/// Writes go to a temp file that is then renamed over the old one, so a crash never leaves a torn file.
/// </summary>
internal static class ChunkFile
{
    private const uint Magic = 0x43455843; // "CXEC" little-endian
    private const int Version = 1;

    public static void Write(
        string path,
        IReadOnlyList<EvidenceChunkRecord> records,
        FlatVectorIndex index,
        CancellationToken cancellationToken
    )
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(index.Dimensions);
            writer.Write(records.Count);
            foreach (var r in records)
            {
                WriteMetadata(writer, r);
            }
            for (var slot = 0; slot < records.Count; slot++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteFloats(writer, index.Vector(slot));
            }
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads records (without embeddings) into <paramref name="records"/> and vectors into <paramref name="index"/>.
    /// </summary>
    public static void Read(
        string path,
        List<EvidenceChunkRecord> records,
        FlatVectorIndex index,
        CancellationToken cancellationToken
    )
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException(
                $"{path} is not a CxAssistant vector collection (or was written by another version)."
            );
        }
        var dims = reader.ReadInt32();
        if (dims != index.Dimensions)
        {
            throw new InvalidDataException($"{path} holds {dims}-dimensional vectors; expected {index.Dimensions}.");
        }
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            records.Add(ReadMetadata(reader));
        }
        var vector = new float[dims];
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadFloats(reader, vector);
            index.Add(vector);
        }
    }

    // The file is little-endian float32, which is the in-memory layout on little-endian machines: copy whole vectors.
    private static void WriteFloats(BinaryWriter writer, ReadOnlySpan<float> vector)
    {
        if (BitConverter.IsLittleEndian)
        {
            writer.Write(MemoryMarshal.AsBytes(vector));
        }
        else
        {
            foreach (var x in vector)
            {
                writer.Write(x);
            }
        }
    }

    private static void ReadFloats(BinaryReader reader, float[] vector)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var j = 0; j < vector.Length; j++)
            {
                vector[j] = reader.ReadSingle();
            }
            return;
        }
        var bytes = MemoryMarshal.AsBytes(vector.AsSpan());
        while (bytes.Length > 0)
        {
            var read = reader.Read(bytes);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            bytes = bytes[read..];
        }
    }

    private static void WriteMetadata(BinaryWriter w, EvidenceChunkRecord r)
    {
        w.Write(r.Key.ToByteArray());
        w.Write(r.ChunkId);
        w.Write(r.EvidenceId);
        w.Write(r.ChunkIndex);
        w.Write(r.Text);
        w.Write(r.Start);
        w.Write(r.End);
        w.Write(r.Source);
        w.Write(r.Channel);
        WriteOptional(w, r.CustomerId);
        w.Write(r.TimestampUnixMs.HasValue);
        if (r.TimestampUnixMs is { } ts)
        {
            w.Write(ts);
        }
        w.Write(r.Touchpoints.Count);
        foreach (var t in r.Touchpoints)
        {
            w.Write(t);
        }
        WriteOptional(w, r.Sentiment);
        WriteOptional(w, r.Segment);
    }

    private static EvidenceChunkRecord ReadMetadata(BinaryReader r) =>
        new()
        {
            Key = new Guid(r.ReadBytes(16)),
            ChunkId = r.ReadString(),
            EvidenceId = r.ReadString(),
            ChunkIndex = r.ReadInt32(),
            Text = r.ReadString(),
            Start = r.ReadInt32(),
            End = r.ReadInt32(),
            Source = r.ReadString(),
            Channel = r.ReadString(),
            CustomerId = ReadOptional(r),
            TimestampUnixMs = r.ReadBoolean() ? r.ReadInt64() : null,
            Touchpoints = ReadList(r),
            Sentiment = ReadOptional(r),
            Segment = ReadOptional(r),
        };

    private static List<string> ReadList(BinaryReader r)
    {
        var count = r.ReadInt32();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(r.ReadString());
        }
        return list;
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
