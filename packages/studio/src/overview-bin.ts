#!/usr/bin/env node
import {defaultRulesDir} from '@helder/node';
import {RulesRepo} from './rules-repo.js';
import {rulesOverview} from './overview.js';

const {entries} = await new RulesRepo(process.argv[2] ?? defaultRulesDir()).load();
process.stdout.write(rulesOverview(entries));
