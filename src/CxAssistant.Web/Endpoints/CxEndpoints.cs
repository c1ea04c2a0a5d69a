using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Endpoints;

/// <summary>
/// The non-page endpoints: progress and chat streams (SSE) and exports. Every route checks the workspace name.
/// </summary>
public static class CxEndpoints
{
    public static IEndpointRouteBuilder MapCxEndpoints(this IEndpointRouteBuilder app)
    {
        var ws = app.MapGroup("/w/{ws}")
            .AddEndpointFilter(
                async (context, next) =>
                {
                    var name = context.HttpContext.GetRouteValue("ws") as string;
                    var store = context.HttpContext.RequestServices.GetRequiredService<WorkspaceStore>();
                    return name is not null && store.Exists(name) ? await next(context) : TypedResults.NotFound();
                }
            );
        ws.MapGet("/jobs/{id}/events", JobEventsEndpoint.Handle);
        ws.MapGet("/chat/stream", ChatStreamEndpoint.Handle);
        ws.MapGet("/export/{file}", ExportEndpoint.Handle);
        ws.MapGet("/charts/opportunity-landscape.svg", ChartEndpoint.Landscape);
        return app;
    }
}
