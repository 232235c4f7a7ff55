// expect: not an error|Error
throw new Proxy({}, { get: function () { throw new Error("trap"); } });
