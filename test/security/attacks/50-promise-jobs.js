require("./lib/payload.js");
Promise.resolve().then(function () { PWN(this && this.constructor && this.constructor.constructor || Function, "job"); });
(async function () { await null; PWN((async function () {}).constructor, "async"); D("as.example", REG, DnsProvider(DSP)); })();
Promise.reject(new Error("ignored")).catch(function (e) { PWN_FROM(e, "rej"); });
