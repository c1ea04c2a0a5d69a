using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// A read-only tool over a workspace's analysis: callable directly (typed result) and as an <see cref="AIFunction"/>
/// for a model or an MCP client. Tools never write files, never reach the network and return customer text only as
/// redacted, numbered citations.
/// </summary>
public abstract class ChatTool(ChatData data, Func<CitationBook> citations)
{
    /// <summary>The data the tool reads.</summary>
    protected ChatData Data { get; } = data;

    /// <summary>
    /// The citation book of the answer being built (numbers are shared across the tools of one answer).
    /// </summary>
    protected CitationBook Citations => citations();

    /// <summary>Tool name as a model or MCP client sees it (snake_case).</summary>
    public abstract string Name { get; }

    /// <summary>What the tool returns, for the model.</summary>
    public abstract string Description { get; }

    /// <summary>
    /// The tool as an AI function whose result is the model-facing JSON (customer text delimited as data).
    /// </summary>
    public abstract AIFunction AsFunction();

    /// <summary>Creates the AI function for <paramref name="method"/> with this tool's name and description.</summary>
    protected AIFunction Function(Delegate method) =>
        AIFunctionFactory.Create(
            method,
            new AIFunctionFactoryOptions
            {
                Name = Name,
                Description = Description,
                SerializerOptions = ToolJson.Options,
            }
        );
}
