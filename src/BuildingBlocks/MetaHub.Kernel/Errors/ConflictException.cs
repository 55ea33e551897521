namespace MetaHub.Kernel.Errors;

/// <summary>The request is valid but the current state forbids it; the message says why (mapped to 409).</summary>
public sealed class ConflictException(string message) : Exception(message);
