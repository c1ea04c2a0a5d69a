namespace CxAssistant.Web.Hosting;

/// <summary>
/// The "CxAssistant:Web" configuration section: where workspaces live, upload limits and the optional access key.
/// </summary>
public sealed class WebOptions
{
    public const string Section = "CxAssistant:Web";
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Folder holding one sub-folder per workspace (created when missing).</summary>
    public string DataRoot { get; set; } = "cx-data";

    /// <summary>
    /// When set, every page asks for this key once and then keeps a login cookie. Required off localhost.
    /// </summary>
    public string? AccessKey { get; set; }

    /// <summary>Largest single uploaded file (default 20 MiB).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most files accepted in one upload.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>
    /// The eval harness's folder (runs/ and baselines/) shown on /evals; default: the checkout's <c>evals</c>, else
    /// <c>evals</c> under the data root.
    /// </summary>
    public string? EvalsFolder { get; set; }
}
