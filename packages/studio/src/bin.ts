#!/usr/bin/env node
import {runStudioCommand} from './command.js';

process.exitCode = await runStudioCommand(process.argv.slice(2));
