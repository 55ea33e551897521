using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>Keeps every log line of a test host, with its scopes, so tests can assert what operators would read.</summary>
public sealed class CollectingLoggerProvider(ConcurrentQueue<LogLine> sink) : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink, () => scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> sink, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var active = new List<string>();
            scopes().ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), active);
            sink.Enqueue(new LogLine(logLevel, category, formatter(state, exception), active));
        }
    }
}
