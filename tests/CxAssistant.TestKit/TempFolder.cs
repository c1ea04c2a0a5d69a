using System.Text;

namespace CxAssistant.TestKit;

/// <summary>A fresh folder under the temp directory for one test, deleted (best effort) when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder; the prefix says which tests made it when one is left behind.</summary>
    public TempFolder(string prefix = "cx-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Writes a UTF-8 text file (creating sub-folders) and returns its full path.</summary>
    public string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a file of bytes (creating sub-folders) and returns its full path.</summary>
    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A path inside the folder, not created.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process a test started may still hold a file for a moment; the temp folder is the OS's to clean.
        }
    }
}
