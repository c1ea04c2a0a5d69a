using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class IpDetectorTests
{
    [Theory]
    [InlineData("192.168.1.24")]
    [InlineData("8.8.4.4")]
    [InlineData("255.255.255.0")]
    [InlineData("2001:db8:85a3::8a2e:370:7334")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("fe80::1")]
    [InlineData("::1")]
    [InlineData("::ffff:192.0.2.1")]
    public void Redact_IpAddress_IsFound(string ip) =>
        Assert.Equal([ip], Pii.Found($"blocked from {ip}. Why?", PiiType.Ip));

    [Theory]
    [InlineData("v1.2.3.4 is out")]
    [InlineData("version 10.4.2.1 crashes")]
    [InlineData("256.1.1.1 is not an address")]
    [InlineData("1.2.3 or 1.2.3.4.5")]
    [InlineData("timeout at 14:45:10")]
    [InlineData("std::vector and a::b")]
    public void Redact_NotAnIp_IsIgnored(string text) => Assert.Empty(Pii.Found(text, PiiType.Ip));
}
