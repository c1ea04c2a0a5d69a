using System.ComponentModel;
using System.Text;
using CxAssistant.Chat.Conversation;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// One customer's records in time order (with their scores), found by customer id in any case or by a name or
/// handle held in the data; an unknown id returns "no such customer" with how the data's ids look.
/// </summary>
public sealed class CustomerRecordsTool(ChatToolbox tools) : ChatTool(tools.Data, () => tools.Citations)
{
    private CustomerDirectory? _directory;

    /// <inheritdoc />
    public override string Name => "customer_records";

    /// <inheritdoc />
    public override string Description =>
        "One customer's records in time order with their NPS, ratings and cited words, by customer id (any case) "
        + "or by a name or @handle in the data. Says so plainly when no customer has that id.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>The customer's records.</summary>
    public ConversationFindings Get(
        [Description("Customer id, name or @handle, as the owner wrote it.")] string customer
    )
    {
        ArgumentNullException.ThrowIfNull(customer);
        var directory = _directory ??= new CustomerDirectory(Data.Analysis.Records);
        var text = new StringBuilder();
        var before = Citations.All.Count;
        var answer = new CustomerAnswer(tools);
        if (directory.FindId(customer) is { } id)
        {
            answer.Write(text, id, directory.RecordsOf(id));
        }
        else if (directory.FindName(customer) is { } named)
        {
            answer.Write(text, named.Name, named.Records);
        }
        else
        {
            CustomerAnswer.NoSuchCustomer(text, customer.Trim(), directory);
        }
        return ConversationFindings.From(text.ToString(), [.. Citations.All.Skip(before)]);
    }
}
