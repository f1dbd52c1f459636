#!/usr/bin/env pwsh
# Bootstrapper for the build suite (build/Build.csproj, a Cake Frosting-style console app).
# Every argument is passed through; the exit code is the build's.
$ErrorActionPreference = 'Stop'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$project = Join-Path $PSScriptRoot 'build/Build.csproj'
& dotnet run --project $project -- @args
exit $LASTEXITCODE
