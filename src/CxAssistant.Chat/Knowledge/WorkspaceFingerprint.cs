using System.Security.Cryptography;
using System.Text;
using CxAssistant.Data.Workspace;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// A hash of the evidence ids in a workspace: records are keyed by content hash, so the fingerprint changes exactly
/// when records are added or removed. Read with one read-only query (no full load) so a cached chat starts instantly.
/// </summary>
public static class WorkspaceFingerprint
{
    /// <summary>The fingerprint and record count of the workspace in <paramref name="folder"/>.</summary>
    public static async Task<(string Fingerprint, long Records)> ComputeAsync(
        string folder,
        CancellationToken cancellationToken = default
    )
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, EvidenceWorkspace.DatabaseFileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT evidence_id FROM records ORDER BY evidence_id";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(reader.GetString(0)));
            hash.AppendData("\n"u8);
            count++;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), count);
    }
}
