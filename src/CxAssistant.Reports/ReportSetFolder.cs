using System.Runtime.InteropServices;

namespace CxAssistant.Reports;

/// <summary>
/// Replaces an output folder's report set as one unit. The new set is written into a staging folder beside the output
/// folder (same file system), the user's other files are hard-linked into it, and the two folders are exchanged in one
/// step (Linux <c>renameat2(RENAME_EXCHANGE)</c>), so at every instant the output folder holds the complete old set or
/// the complete new set. Where the exchange is not available the output folder is renamed aside and the staging folder
/// renamed in; a run killed between the two renames leaves no output folder, and the next run (<see cref="Recover"/>)
/// puts the old set back before anything else. Staging folders of killed runs are removed by the next run: a live one
/// is recognised by the lock its writer holds on a file beside it.
/// </summary>
internal static partial class ReportSetFolder
{
    private const string StagingInfix = ".cx-staging-";
    private const string OldInfix = ".cx-old-";

    /// <summary>
    /// Test hook: the names of the steps, reported as they are reached (the kill test stops the process there).
    /// </summary>
    public static Action<string>? Step { get; set; }

    public static string StagingPrefix(string target) => Prefix(target) + StagingInfix;

    /// <summary>
    /// Before a run: restores a report set left aside by a run killed mid-switch, and removes staging and old folders
    /// of runs that are no longer running (and staging folders the previous format left inside the output folder).
    /// </summary>
    public static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            return;
        }
        var olds = Directory.GetDirectories(parent, Path.GetFileName(Prefix(target)) + OldInfix + "*");
        if (!Directory.Exists(target) && olds.Length > 0)
        {
            Directory.Move(olds.OrderByDescending(Directory.GetLastWriteTimeUtc).First(), target);
        }
        var prefix = Path.GetFileName(Prefix(target));
        foreach (var infix in new[] { StagingInfix, OldInfix })
        {
            foreach (var folder in Directory.GetDirectories(parent, prefix + infix + "*"))
            {
                if (!IsLive(folder))
                {
                    DeleteQuietly(folder);
                }
            }
        }
        if (Directory.Exists(target))
        {
            foreach (var legacy in Directory.GetDirectories(target, StagingInfix + "*"))
            {
                DeleteQuietly(legacy);
            }
        }
    }

    /// <summary>Creates a staging folder and holds its lock until disposed.</summary>
    public static (string Folder, IDisposable Lock) CreateStaging(string target)
    {
        var folder = StagingPrefix(target) + Guid.NewGuid().ToString("N")[..8];
        var held = new FileStream(
            folder + ".lock",
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1,
            FileOptions.DeleteOnClose
        );
        Directory.CreateDirectory(folder);
        return (folder, held);
    }

    /// <summary>
    /// Hard-links (or copies) every entry of <paramref name="target"/> that is not part of a report set into the
    /// staging folder.
    /// </summary>
    public static void CarryOtherFiles(string target, string staging, IReadOnlySet<string> reportFiles)
    {
        if (!Directory.Exists(target))
        {
            return;
        }
        foreach (var entry in new DirectoryInfo(target).EnumerateFileSystemInfos())
        {
            if (reportFiles.Contains(entry.Name) || entry.Name.StartsWith(StagingInfix, StringComparison.Ordinal))
            {
                continue;
            }
            Link(entry, Path.Combine(staging, entry.Name));
        }
    }

    /// <summary>
    /// Makes the staging folder the output folder; afterwards the staging path holds the old set (or nothing).
    /// </summary>
    public static void Switch(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (OperatingSystem.IsLinux() && Exchange(staging, target))
        {
            return;
        }
        var aside = Prefix(target) + OldInfix + Guid.NewGuid().ToString("N")[..8];
        Directory.Move(target, aside);
        Step?.Invoke("moved-aside");
        Directory.Move(staging, target);
        Directory.Move(aside, staging);
    }

    private static string Prefix(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target));

    private static bool IsLive(string folder)
    {
        var lockFile = folder + ".lock";
        if (!File.Exists(lockFile))
        {
            return false;
        }
        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            probe.Close();
            File.Delete(lockFile);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void Link(FileSystemInfo entry, string destination)
    {
        if (entry is DirectoryInfo dir)
        {
            Directory.CreateDirectory(destination);
            foreach (var inner in dir.EnumerateFileSystemInfos())
            {
                Link(inner, Path.Combine(destination, inner.Name));
            }
            return;
        }
        if (!OperatingSystem.IsWindows() && HardLink(entry.FullName, destination) == 0)
        {
            return;
        }
        File.Copy(entry.FullName, destination);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { /* next run tries again */
        }
    }

    private static bool Exchange(string a, string b)
    {
        const int atCurrentDirectory = -100,
            renameExchange = 2;
        try
        {
            return RenameAt2(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library without renameat2 (musl before 1.2.5): fall back to two renames
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(
        int oldDirectory,
        string oldPath,
        int newDirectory,
        string newPath,
        uint flags
    );

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int HardLink(string existing, string created);
}
