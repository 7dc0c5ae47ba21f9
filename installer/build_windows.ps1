# Build ISHC Desk on Windows: the program folder dist\ISHC Desk and, when Inno Setup 6 is
# installed, the installer dist\ISHC-Desk-Setup-VERSION.exe. From the repository root:
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#
# Extra arguments go to installer\build.py (for example -Python "C:\Python311\python.exe",
# or --no-installer, --iscc "D:\Inno Setup 6\ISCC.exe"). Needs 64-bit Python 3.11 from
# python.org (the "py" launcher finds it). This file is ASCII on purpose: Windows PowerShell 5
# reads scripts without a BOM in the ANSI code page.
param([string]$Python = "")
$ErrorActionPreference = "Stop"
$BuildScript = Join-Path $PSScriptRoot "build.py"

if ($Python) {
    $exe = $Python; $pre = @()
} elseif (Get-Command py -ErrorAction SilentlyContinue) {
    $exe = "py"; $pre = @("-3.11")
} elseif (Get-Command python -ErrorAction SilentlyContinue) {
    $exe = "python"; $pre = @()
} else {
    Write-Error "Python 3.11 not found: install it from python.org (64-bit, with the py launcher)."
    exit 1
}

& $exe @pre $BuildScript @args
exit $LASTEXITCODE
