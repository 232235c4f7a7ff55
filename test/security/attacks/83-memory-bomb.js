// expect: --eval-max-memory 256 MB
// args: --eval-max-memory 256
var a = []; while (true) a.push(new Array(100000).fill({ x: Math.random() }));
