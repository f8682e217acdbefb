namespace PythonAot.Compiler.Native.Hosting;

/// <summary>
/// An export of a native library returned a non-zero status: the Python code raised (status 1), or an argument was
/// invalid (status 2). Carries the Python exception's type name and <c>str()</c>; <see cref="Exception.Message"/> is
/// CPython's last traceback line (<c>KeyError: 'unknown'</c>).
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>Creates the exception for a failed call.</summary>
    public PythonException(string pythonType, string pythonMessage, int status)
        : base(pythonMessage.Length == 0 ? pythonType : pythonType + ": " + pythonMessage)
    {
        PythonType = pythonType;
        PythonMessage = pythonMessage;
        Status = status;
    }

    /// <summary>The Python exception's class name (<c>KeyError</c>).</summary>
    public string PythonType { get; }

    /// <summary><c>str(e)</c> of the Python exception (<c>'unknown'</c> for <c>KeyError('unknown')</c>).</summary>
    public string PythonMessage { get; }

    /// <summary>The status the export returned: 1 for a Python exception, 2 for an invalid argument.</summary>
    public int Status { get; }
}
