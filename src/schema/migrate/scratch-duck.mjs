import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const run = async (s) => {
  try {
    await c.run(s);
    console.log('OK  ', s);
  } catch (e) {
    console.log('FAIL', s, '\n     ', e.message.split('\n')[0]);
  }
};
await run('CREATE TABLE p (p_id BIGINT NOT NULL, v VARCHAR(10), CONSTRAINT pk_p PRIMARY KEY (p_id))');
await run(
  'CREATE TABLE c (c_id BIGINT NOT NULL, p_id BIGINT, w VARCHAR(5), x INTEGER, CONSTRAINT pk_c PRIMARY KEY (c_id), CONSTRAINT fk_c FOREIGN KEY (p_id) REFERENCES p (p_id))',
);
await run("INSERT INTO p VALUES (1,'a')");
await run("INSERT INTO c VALUES (1,1,'b',3)");
await run('ALTER TABLE p RENAME TO p2');
await run("INSERT INTO p2 VALUES (2,'a')");
await run("INSERT INTO c VALUES (2,2,'b',3)");
await run("INSERT INTO c VALUES (3,5,'b',3)");
await run("UPDATE p2 SET v = 'zz' WHERE p_id = 1");
await run('DELETE FROM p2 WHERE p_id = 1');
await run('ALTER TABLE p2 RENAME COLUMN v TO v3');
await run('ALTER TABLE p2 ALTER COLUMN v3 TYPE VARCHAR(30)');
await run('ALTER TABLE c DROP COLUMN p_id');
await run('ALTER TABLE c DROP COLUMN x');
await run('DROP TABLE p2');
await run('DROP TABLE c');
await run('DROP TABLE p2');
await run(
  'CREATE TABLE e (e_id INTEGER NOT NULL, value VARCHAR(255) NOT NULL, CONSTRAINT pk_e PRIMARY KEY (e_id), CONSTRAINT uq_e UNIQUE (value))',
);
await run(
  'CREATE TABLE f (f_id BIGINT NOT NULL, e_id INTEGER, CONSTRAINT fk_f FOREIGN KEY (e_id) REFERENCES e (e_id))',
);
await run("INSERT INTO e VALUES (1,'Ja'),(2,'Nee')");
await run('INSERT INTO f VALUES (1,1)');
await run("UPDATE e SET value = 'JA' WHERE e_id = 1");
await run("UPDATE e SET value = 'NEE2' WHERE e_id = 2");
await run('DELETE FROM e WHERE e_id = 2');
await run("INSERT INTO e VALUES (3,'x')");
await run('ALTER TABLE f ALTER COLUMN e_id TYPE BIGINT');
await run('ALTER TABLE f RENAME COLUMN e_id TO e2_id');
await run('ALTER TABLE f ADD COLUMN g_id INTEGER');
