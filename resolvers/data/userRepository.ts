import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';
import { ItemNotFoundError } from './errors.ts';
import { userKey } from './keys.ts';
import type { UserItem } from './models.ts';
import { parseUser } from './parse.ts';

export interface ProfileChanges {
  readonly displayName?: string;
  readonly avatarKey?: string;
}

export const userRepository = (db: Db) => ({
  /**
   * Creates the profile unless it exists and returns the stored one. Two first requests racing
   * both end up with the same item: the loser's conditional put fails and it reads the winner's.
   */
  async ensure(profile: UserItem): Promise<UserItem> {
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { ...userKey(profile.id), type: 'User', ...profile },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return profile;
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      const out = await db.doc.send(
        new GetCommand({ TableName: db.tableName, Key: userKey(profile.id), ConsistentRead: true }),
      );
      if (!out.Item) throw new ItemNotFoundError('User', profile.id, { cause: err });
      return parseUser(out.Item);
    }
  },

  async update(userId: string, changes: ProfileChanges): Promise<UserItem> {
    const sets: string[] = [];
    const values: Record<string, unknown> = {};
    if (changes.displayName !== undefined) {
      sets.push('displayName = :displayName');
      values[':displayName'] = changes.displayName;
    }
    if (changes.avatarKey !== undefined) {
      sets.push('avatarKey = :avatarKey');
      values[':avatarKey'] = changes.avatarKey;
    }
    if (sets.length === 0) {
      const out = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: userKey(userId) }));
      if (!out.Item) throw new ItemNotFoundError('User', userId);
      return parseUser(out.Item);
    }
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: userKey(userId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (!out.Attributes) throw new ItemNotFoundError('User', userId);
      return parseUser(out.Attributes);
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException)
        throw new ItemNotFoundError('User', userId, { cause: err });
      throw err;
    }
  },
});

export type UserRepository = ReturnType<typeof userRepository>;
