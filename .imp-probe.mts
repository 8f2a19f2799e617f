const t0 = Date.now()
process.on('exit', (c) => process._rawDebug('EXIT', c, Date.now() - t0))
for (const spec of process.argv.slice(2)) await import(spec)
process._rawDebug('loaded', Date.now() - t0)
