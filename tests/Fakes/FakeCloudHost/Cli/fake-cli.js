// FAKE command-line client (tests/Fakes/FakeCloudHost): forwards one az/kubectl/helm/kubelogin call to the
// fake cloud and prints what it answers, with its exit code. Node starts in tens of milliseconds, so a Deploy
// against the fake does not pay a .NET start-up for every call.
'use strict';
const http = require('http');
const [, , url, tool, ...args] = process.argv;
const body = JSON.stringify({ tool, args, cwd: process.cwd(), env: process.env });
const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, response => {
  const chunks = [];
  response.on('data', chunk => chunks.push(chunk));
  response.on('end', () => {
    const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    process.stdout.write(answer.stdout, () => process.stderr.write(answer.stderr, () => process.exit(answer.exitCode)));
  });
});
request.on('error', error => {
  process.stderr.write(`the fake cloud at ${url} does not answer (${error.message}): start it with dotnet run --project tests/Fakes/FakeCloudHost\n`);
  process.exit(127);
});
request.end(body);
