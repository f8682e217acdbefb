namespace PythonAot.Compiler.Native.Tests.Infrastructure;

/// <summary>
/// The build cache the tests share: artifacts/test-native-cache in the checkout, so test builds neither pollute the
/// user's cache nor depend on it, and a second run of the suite reuses the first run's builds.
/// </summary>
internal static class TestCache
{
    /// <summary>The cache folder.</summary>
    public static string Root { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "test-native-cache");
}
