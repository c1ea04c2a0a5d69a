using CxAssistant.Web.Hosting;

try
{
    var app = CxWebApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
catch (IOException e) when (PortInUse.Describe(e) is { } message)
{
    Console.Error.WriteLine("error: " + message);
    return 1;
}
