using System.Text;
using Cake.Core;

namespace Build.Tests.Fakes;

/// <summary>A fake Cake IConsole that keeps everything Cake's log writes, for assertions (and redaction checks).</summary>
public sealed class CapturingConsole : IConsole
{
    private readonly StringBuilder _text = new();

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public bool SupportAnsiEscapeCodes => false;

    public void Write(string format, params object[] arg) => Append(string.Format(format, arg));

    public void Write(string value) => Append(value);

    public void WriteLine(string format, params object[] arg) => Append(string.Format(format, arg) + "\n");

    public void WriteLine(string value) => Append(value + "\n");

    public void WriteError(string format, params object[] arg) => Append(string.Format(format, arg));

    public void WriteError(string value) => Append(value);

    public void WriteErrorLine(string format, params object[] arg) => Append(string.Format(format, arg) + "\n");

    public void WriteErrorLine(string value) => Append(value + "\n");

    public void ResetColor()
    {
    }

    private void Append(string value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }
}
