using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>Keeps every log line of a test host so tests can assert what operators would read.</summary>
public sealed class CollectingLoggerProvider(ConcurrentQueue<(LogLevel Level, string Category, string Message)> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
