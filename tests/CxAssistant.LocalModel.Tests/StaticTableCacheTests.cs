namespace CxAssistant.LocalModel.Tests;

public sealed class StaticTableCacheTests : IDisposable
{
    private readonly TempFolder _temp = new("cx-static-cache-");
    private int _builds;

    private StaticEmbeddingTable Build(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _builds);
        return new StaticEmbeddingTable([.. Enumerable.Range(0, 12).Select(i => (float)i)], dimensions: 4);
    }

    [Fact]
    public async Task GetOrBuildAsync_NoFile_BuildsAndStoresIt()
    {
        var cache = new StaticTableCache(_temp.Path);

        var table = await cache.GetOrBuildAsync("k", Build);

        Assert.Equal(1, _builds);
        Assert.Equal(3, table.Count);
        Assert.Equal(table.Rows, StaticTableCache.TryRead(cache.PathFor("k"))!.Rows);
    }

    [Fact]
    public async Task GetOrBuildAsync_StoredFile_ReadWithoutBuilding()
    {
        await new StaticTableCache(_temp.Path).GetOrBuildAsync("k", Build);

        var table = await new StaticTableCache(_temp.Path).GetOrBuildAsync("k", Build);

        Assert.Equal(1, _builds);
        Assert.Equal(11f, table.Rows[^1]);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    public async Task GetOrBuildAsync_CorruptFile_Rebuilt(string damage)
    {
        var cache = new StaticTableCache(_temp.Path);
        await cache.GetOrBuildAsync("k", Build);
        var path = cache.PathFor("k");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(
            path,
            damage switch
            {
                "flip" => [.. bytes[..20], (byte)(bytes[20] ^ 0xFF), .. bytes[21..]],
                "truncate" => bytes[..(bytes.Length / 2)],
                _ => "not a table"u8.ToArray(),
            }
        );

        var table = await cache.GetOrBuildAsync("k", Build);

        Assert.Equal(2, _builds);
        Assert.Equal(11f, table.Rows[^1]);
        Assert.NotNull(StaticTableCache.TryRead(path));
    }

    [Fact]
    public async Task GetOrBuildAsync_ConcurrentFirstCallers_BuildOnceAndAllGetTheTable()
    {
        var caches = Enumerable.Range(0, 16).Select(_ => new StaticTableCache(_temp.Path)).ToArray();

        var tables = await Task.WhenAll(caches.Select(c => Task.Run(() => c.GetOrBuildAsync("k", Build))));

        Assert.Equal(1, _builds);
        Assert.All(tables, t => Assert.Equal(11f, t.Rows[^1]));
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public async Task GetOrBuildAsync_Cancelled_ThrowsAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var cache = new StaticTableCache(_temp.Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            cache.GetOrBuildAsync("k", Build, cancelled.Token)
        );

        Assert.False(File.Exists(cache.PathFor("k")));
        Assert.Equal(0, _builds);
    }

    [Fact]
    public async Task GetOrBuildAsync_LockHeldByAnotherProcess_WaitsUntilReleased()
    {
        var cache = new StaticTableCache(_temp.Path);
        Directory.CreateDirectory(_temp.Path);
        var held = new FileStream(
            cache.PathFor("k") + ".lock",
            FileMode.OpenOrCreate,
            FileAccess.ReadWrite,
            FileShare.None
        );

        var waiting = cache.GetOrBuildAsync("k", Build);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, _builds);
        await held.DisposeAsync();
        await waiting;

        Assert.Equal(1, _builds);
    }

    public void Dispose() => _temp.Dispose();
}
