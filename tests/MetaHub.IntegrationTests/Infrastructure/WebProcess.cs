using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// MetaHub.Web as a server runs it: <c>dotnet MetaHub.Web.dll</c> of the tests' own build
/// configuration in a process of its own, configured through environment variables, on a free
/// loopback port. Its output is kept for failure messages.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebProcess(IReadOnlyDictionary<string, string?> environment)
    {
        var configuration = typeof(WebProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var project = Path.Combine(Repository.Root, "src", "MetaHub.Web");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(project, "bin", configuration, "net10.0", "MetaHub.Web.dll") },
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("MetaHub.Web exited while starting:\n" + Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>A client of the process's address (the apex host: public endpoints, or a tenant by <c>x-tenant</c>).</summary>
    public HttpClient Client { get; } = new();

    public string Output => string.Join('\n', lines);

    /// <summary>Starts the process and returns once it listens; <c>ASPNETCORE_URLS</c> should name port 0.</summary>
    public static async Task<WebProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var web = new WebProcess(environment);
        try
        {
            await Task.WhenAny(web.listening.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            web.listening.Task.IsCompleted.ShouldBeTrue("MetaHub.Web did not start listening within 60 s\n" + web.Output);
            web.Client.BaseAddress = await web.listening.Task;
            return web;
        }
        catch
        {
            await web.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, nothing stopped gracefully.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        Client.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);

        // Kestrel names the port it was given for ":0" in its start-up line.
        const string Listening = "Now listening on: ";
        if (line.IndexOf(Listening, StringComparison.Ordinal) is >= 0 and var at)
        {
            listening.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim()));
        }
    }
}
